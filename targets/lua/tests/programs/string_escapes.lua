print("tab\there", "nl\\n", 'single \'quoted\'', "double \"quoted\"")
print("\65\066\x43\u{48}\u{20AC}", #"\u{20AC}", #"\u{7FFFFFFF}")
print("a\z
       b", "\x41\x42", "\0x" == "\0" .. "x", #"\0\0")
print([[long
string]], [==[with ]] inside]==], #[[
skip first newline]])
--[[ block
comment ]] print("after comment")
--[==[ another
]==] print("after level comment")
print(load([[return "\q"]]))
print(load([[return "\300"]]))
print(load("return 'unfinished"))
print(load("return [[unfinished"))
print(load("x = 3x"))
print(load("x = 0x"))
print(load("return \"\\xZZ\""))
print(load("return '\\u{110000000}'"))
