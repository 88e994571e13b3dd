### Títulos de los planes de taller de ejemplo en plans/.

plan-one-day-title = Taller de un día: Derechos humanos en las fronteras, y Clima y migración
