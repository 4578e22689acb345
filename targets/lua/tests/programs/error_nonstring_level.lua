io.write("partial output")
error("no position", 0)
