io.write("buffered output before exit\n")
os.exit(3)
print("never")
