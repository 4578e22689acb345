# str.find and rfind (with start and end), str.replace, str.count and the 'in' operator.


def find_all(text, sub):
    result = []
    i = text.find(sub)
    while i >= 0:
        result.append(i)
        i = text.find(sub, i + 1)
    return result


def entry_point(argv):
    text = "the quick brown fox jumps over the lazy dog; the end"
    for sub in ["the", "fox", "o", "", "cat", "end", "t", " "]:
        print(repr(sub), text.find(sub), text.rfind(sub), text.count(sub), sub in text, find_all(text, sub)[:6])
    print(text.find("the", 1), text.find("the", 5, 20), text.find("the", 31, 34), text.find("the", 31, 33))
    print(text.rfind("the", 0, 30), text.rfind("o", 0, 14), text.rfind("e", -5), text.find("e", -5, -1))
    print(text.find("x", 100), text.rfind("", 3), text.find("", 60), text.find("", 5, 2))
    print(text.replace("the", "THE"))
    print(text.replace(" ", ""))
    print(text.replace("o", "0").replace("e", "3"))
    print(text.replace("", "|")[:20])
    print("aaaa".replace("aa", "b"), "aaaa".count("aa"), "aaaa".find("aa", 1))
    print("banana".replace("ana", "ANA"), "banana".count("ana"), "banana".count("a"), "banana".count(""))
    print("abc".replace("abc", ""), repr("".replace("x", "y")), "".count("a"))
    print("needle" in "haystack with needle", "Needle" in "haystack with needle", "" in "x")
    # Template substitution.
    template = "Dear {name}, your order {id} ships on {day}. Thanks, {name}!"
    fields = {"name": "Ada", "id": "#1234", "day": "Monday"}
    out = template
    for key in fields:
        out = out.replace("{" + key + "}", fields[key])
    print(out)
    # Extract between markers.
    html = "<b>bold</b> and <i>italic</i> and <b>more bold</b>"
    pos = 0
    while True:
        start = html.find("<b>", pos)
        if start < 0:
            break
        end = html.find("</b>", start)
        print("bold:", html[start + 3:end])
        pos = end
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
