### Titles of the example workshop plans in plans/.

plan-one-day-title = One-day workshop: Rights at Borders, and Climate and Migration
