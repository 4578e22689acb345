# test: parse-errors
x = f'{a\b}'  # error: f-string expression part cannot include a backslash
