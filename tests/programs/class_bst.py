# Classes: a binary search tree with recursive insert/search/traversal/height and deletion.


class TreeNode:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value):
        self.root = self._insert(self.root, key, value)

    def _insert(self, node, key, value):
        if node is None:
            self.count += 1
            return TreeNode(key, value)
        if key < node.key:
            node.left = self._insert(node.left, key, value)
        elif key > node.key:
            node.right = self._insert(node.right, key, value)
        else:
            node.value = value
        return node

    def get(self, key, default):
        node = self.root
        while node is not None:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        return default

    def inorder(self):
        out = []
        self._inorder(self.root, out)
        return out

    def _inorder(self, node, out):
        if node is None:
            return
        self._inorder(node.left, out)
        out.append(node.key)
        self._inorder(node.right, out)

    def height(self):
        return self._height(self.root)

    def _height(self, node):
        if node is None:
            return 0
        return 1 + max(self._height(node.left), self._height(node.right))

    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, node, key):
        if node is None:
            return None
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            self.count -= 1
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key = succ.key
            node.value = succ.value
            self.count += 1
            node.right = self._delete(node.right, succ.key)
        return node


def entry_point(argv):
    t = BST()
    words = "kiln python tree binary search node left right value key insert delete".split()
    for i, w in enumerate(words):
        t.insert(w, i)
    print(t.inorder())
    print("count", t.count, "height", t.height())
    print(t.get("tree", -1), t.get("kiln", -1), t.get("absent", -1))
    t.insert("tree", 100)
    print(t.get("tree", -1), t.count)
    for w in ["kiln", "left", "zzz", "binary"]:
        t.delete(w)
        print("deleted", w, "->", t.count, t.inorder())
    nums = BST()
    x = 7
    for i in range(200):
        x = (x * 1103515245 + 12345) % 2147483648
        nums.insert("%03d" % (x % 1000), i)
    keys = nums.inorder()
    print(nums.count, nums.height(), keys[:5], keys[-3:])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
