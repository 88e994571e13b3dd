### The preview server.
