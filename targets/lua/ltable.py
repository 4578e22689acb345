# targets/lua: Lua tables -- an array part and an ordered hash part.
#
# The array part `arr` holds the values of the keys 1..len(arr) (nil allowed inside). The hash
# part is two parallel lists of keys and values in insertion order plus one index per kind of
# key (strings, integers, non-integral floats, other values by identity) mapping a key to its
# slot, so that lookups use kiln's typed dicts and `next` continues from a key's slot in O(1).
#
# Invariants:
#  1. A key is in the array part or in the hash part, never both; integer keys and floats with
#     an integral value are stored as integers (so t[1] and t[1.0] are the same entry).
#  2. Setting an existing hash key to nil keeps its slot (with a nil value): `next` must keep
#     working when a traversal clears fields. Dead slots are dropped (compaction) only when a
#     new key is inserted, which Lua forbids during a traversal anyway.
#  3. Appending key len(arr)+1 grows the array part and pulls the following integer keys out
#     of the hash part.
#  4. str_index is None only while the hash part has at most SMALL keys (most objects): their
#     string keys are found by comparing (by identity first, W_String keys being interned).
from lobject import W_Value, W_Int, W_Float, W_String, W_Nil, w_nil, INTERNED
from lnumber import float_to_int_exact


SMALL = 8      # hash parts up to this size are searched by key identity first


class TableKeyError(Exception):
    def __init__(self, msg):
        self.msg = msg


class W_Table(W_Value):
    def __init__(self):
        self.arr = []
        self.hkeys = []
        self.hvals = []
        self.hdead = 0
        # the OR of the keybits of the string keys ever in the hash part: a key whose bit is
        # not in it is not there (the filter of str_slot and get_str_w)
        self.keymask = 0
        self.str_index = None
        self.int_index = None
        self.float_index = None
        self.obj_index = None
        self.metatable = None
        # as a metatable: its __index and __newindex (valid until a string key is set)
        self.meta_valid = False
        self.meta_index = w_nil
        self.meta_newindex = w_nil

    def typename(self):
        return "table"

    # -- Lookup -----------------------------------------------------------------------------

    def get(self, key):
        if isinstance(key, W_String):
            return self.get_str_w(key)
        if isinstance(key, W_Int):
            return self.get_int(key.ival)
        if isinstance(key, W_Float):
            ok, i = float_to_int_exact(key.fval)
            if ok:
                return self.get_int(i)
            if self.float_index is None:
                return w_nil
            slot = self.float_index.get(key.fval, -1)
            if slot < 0:
                return w_nil
            return self.hvals[slot]
        if self.obj_index is None:
            return w_nil
        slot = self.obj_index.get(key, -1)
        if slot < 0:
            return w_nil
        return self.hvals[slot]

    def get_str_w(self, key):
        """get_str for a W_String key (see str_slot)."""
        slot = self.str_slot(key)
        if slot < 0:
            return w_nil
        return self.hvals[slot]

    def str_slot(self, key):
        """The slot of the W_String key in the hash part, or -1. A key whose bit is not in
        keymask is not there. Small hash parts are searched for the key object itself: string
        keys are stored interned, so for an interned key (constants are) the search is exact
        and needs no hashing. In a big table, the key remembers the slot where it was found
        last."""
        bit = key.keybit
        if bit != 0 and self.keymask & bit == 0:
            return -1
        keys = self.hkeys
        n = len(keys)
        if n <= SMALL:
            for i in range(n):
                if keys[i] is key:
                    return i
            if key.interned:
                return -1
            return self.find_str(key.s)
        else:
            slot = key.cache_slot
            if key.cache_table is self and slot < n and keys[slot] is key:
                return slot
        index = self.str_index
        if index is None:
            return -1
        slot = index.get(key.s, -1)
        if slot >= 0 and keys[slot] is key:
            key.cache_table = self
            key.cache_slot = slot
        return slot

    def set_str_w(self, key, value):
        """t[key] = value for a W_String key; the key's slot (-1: none, a nil not stored)."""
        bit = key.keybit
        if bit != 0 and self.keymask & bit == 0:
            return self.insert_str(key, value)
        keys = self.hkeys
        n = len(keys)
        if n <= SMALL:
            for i in range(n):
                if keys[i] is key:
                    self.meta_valid = False
                    self.set_slot(i, value)
                    return i
            if key.interned:
                return self.insert_str(key, value)
        else:
            slot = key.cache_slot
            if key.cache_table is self and slot < n and keys[slot] is key:
                self.meta_valid = False
                self.set_slot(slot, value)
                return slot
        return self.set_str(key, value)

    def get_meta_index(self):
        """This table's "__index" (it is a metatable), cached until a string key changes."""
        if not self.meta_valid:
            self.fill_meta_cache()
        return self.meta_index

    def get_meta_newindex(self):
        if not self.meta_valid:
            self.fill_meta_cache()
        return self.meta_newindex

    def fill_meta_cache(self):
        self.meta_index = self.get_str("__index")
        self.meta_newindex = self.get_str("__newindex")
        self.meta_valid = True

    def get_str(self, s):
        slot = self.find_str(s)
        if slot < 0:
            return w_nil
        return self.hvals[slot]

    def find_str(self, s):
        """The slot of the string key with text s, or -1. A hash part of at most SMALL keys
        has no str_index (invariant 4): its keys are compared."""
        index = self.str_index
        if index is not None:
            return index.get(s, -1)
        keys = self.hkeys
        for i in range(len(keys)):
            k = keys[i]
            if isinstance(k, W_String) and k.s == s:
                return i
        return -1

    def get_int(self, i):
        arr = self.arr
        if 1 <= i <= len(arr):
            return arr[i - 1]
        index = self.int_index
        if index is None:
            return w_nil
        slot = index.get(i, -1)
        if slot < 0:
            return w_nil
        return self.hvals[slot]

    # -- Update -----------------------------------------------------------------------------

    def set(self, key, value):
        """t[key] = value; raises TableKeyError for a nil or NaN key."""
        if isinstance(key, W_String):
            self.set_str(key, value)
        elif isinstance(key, W_Int):
            self.set_int(key.ival, value)
        elif isinstance(key, W_Float):
            f = key.fval
            ok, i = float_to_int_exact(f)
            if ok:
                self.set_int(i, value)
                return
            if f != f:
                raise TableKeyError("table index is NaN")
            findex = self.float_index
            if findex is None:
                findex = {}
                self.float_index = findex
            slot = findex.get(f, -1)
            if slot >= 0:
                self.set_slot(slot, value)
            elif value is not w_nil:
                slot = self.new_slot(key, value)
                findex = self.float_index
                assert findex is not None
                findex[f] = slot
        elif isinstance(key, W_Nil):
            raise TableKeyError("table index is nil")
        else:
            oindex = self.obj_index
            if oindex is None:
                oindex = {}
                self.obj_index = oindex
            slot = oindex.get(key, -1)
            if slot >= 0:
                self.set_slot(slot, value)
            elif value is not w_nil:
                slot = self.new_slot(key, value)
                oindex = self.obj_index
                assert oindex is not None
                oindex[key] = slot

    def set_str(self, key, value):
        """t[key] = value for a W_String key; its slot (-1: none, a nil not stored)."""
        self.meta_valid = False
        slot = self.find_str(key.s)
        if slot >= 0:
            self.set_slot(slot, value)
            return slot
        return self.insert_str(INTERNED.intern(key), value)

    def insert_str(self, key, value):
        """t[key] = value for an interned W_String key that t does not have."""
        self.meta_valid = False
        if value is w_nil:
            return -1
        slot = self.new_slot(key, value)
        # new_slot may have compacted, or made the index (then with this key)
        index = self.str_index
        if index is not None:
            index[key.s] = slot
        return slot

    def set_int(self, i, value):
        arr = self.arr
        n = len(arr)
        if 1 <= i <= n:
            arr[i - 1] = value
            return
        index = self.int_index
        if i == n + 1:
            if value is w_nil:
                if index is not None:
                    slot = index.get(i, -1)
                    if slot >= 0:
                        self.set_slot(slot, value)
                return
            arr.append(value)
            if index is not None and len(index) > 0:
                self.migrate_to_array()
            return
        if index is None:
            if value is w_nil:
                return
            index = {}
            self.int_index = index
        slot = index.get(i, -1)
        if slot >= 0:
            self.set_slot(slot, value)
        elif value is not w_nil:
            slot = self.new_slot(W_Int(i), value)
            index = self.int_index
            assert index is not None
            index[i] = slot

    def migrate_to_array(self):
        """Move the integer keys that follow the array part from the hash part into it."""
        index = self.int_index
        assert index is not None
        arr = self.arr
        while True:
            k = len(arr) + 1
            slot = index.get(k, -1)
            if slot < 0:
                break
            v = self.hvals[slot]
            if v is w_nil:
                break
            arr.append(v)
            del index[k]
            self.hvals[slot] = w_nil
            self.hdead += 1

    def set_slot(self, slot, value):
        old = self.hvals[slot]
        if value is w_nil:
            if old is not w_nil:
                self.hdead += 1
        elif old is w_nil:
            self.hdead -= 1
        self.hvals[slot] = value

    def new_slot(self, key, value):
        if self.hdead > 8 and self.hdead * 2 > len(self.hkeys):
            self.compact()
        slot = len(self.hkeys)
        self.hkeys.append(key)
        self.hvals.append(value)
        if isinstance(key, W_String):
            self.keymask |= key.keybit
        if self.str_index is None and slot >= SMALL:
            # past SMALL keys: the string keys get their index (invariant 4)
            index = {}
            keys = self.hkeys
            for i in range(len(keys)):
                k = keys[i]
                if isinstance(k, W_String):
                    index[k.s] = i
            self.str_index = index
        return slot

    def compact(self):
        keys = self.hkeys
        vals = self.hvals
        self.hkeys = []
        self.hvals = []
        self.hdead = 0
        if self.str_index is not None:
            self.str_index = {}
        if self.int_index is not None:
            self.int_index = {}
        if self.float_index is not None:
            self.float_index = {}
        if self.obj_index is not None:
            self.obj_index = {}
        for j in range(len(keys)):
            v = vals[j]
            if v is w_nil:
                continue
            key = keys[j]
            slot = len(self.hkeys)
            self.hkeys.append(key)
            self.hvals.append(v)
            self.index_key(key, slot)

    def index_key(self, key, slot):
        if isinstance(key, W_String):
            d1 = self.str_index
            if d1 is not None:
                d1[key.s] = slot
        elif isinstance(key, W_Int):
            d2 = self.int_index
            assert d2 is not None
            d2[key.ival] = slot
        elif isinstance(key, W_Float):
            d3 = self.float_index
            assert d3 is not None
            d3[key.fval] = slot
        else:
            d4 = self.obj_index
            assert d4 is not None
            d4[key] = slot

    # -- Length and traversal ---------------------------------------------------------------

    def length(self):
        """A border, as luaH_getn finds it."""
        arr = self.arr
        n = len(arr)
        if n > 0 and arr[n - 1] is w_nil:
            # binary search for a border inside the array part
            lo = 0
            hi = n
            while hi - lo > 1:
                m = (lo + hi) // 2
                if arr[m - 1] is w_nil:
                    hi = m
                else:
                    lo = m
            return lo
        index = self.int_index
        if index is None or len(index) == 0:
            return n
        if self.get_int(n + 1) is w_nil:
            return n
        i = n + 1
        j = i * 2
        while self.get_int(j) is not w_nil:
            i = j
            if j > 4611686018427387903:
                # an overflowing table: linear search, as PUC does
                k = 1
                while self.get_int(k) is not w_nil:
                    k += 1
                return k - 1
            j *= 2
        while j - i > 1:
            m = (i + j) // 2
            if self.get_int(m) is w_nil:
                j = m
            else:
                i = m
        return i

    def position_after(self, key):
        """The traversal position that follows `key` (0 for nil); -1 for an unknown key."""
        if isinstance(key, W_Nil):
            return 0
        narr = len(self.arr)
        slot = -1
        if isinstance(key, W_Int):
            i = key.ival
            if 1 <= i <= narr:
                return i
            if self.int_index is not None:
                slot = self.int_index.get(i, -1)
        elif isinstance(key, W_String):
            slot = self.find_str(key.s)
        elif isinstance(key, W_Float):
            ok, i = float_to_int_exact(key.fval)
            if ok:
                return self.position_after(W_Int(i))
            if self.float_index is not None:
                slot = self.float_index.get(key.fval, -1)
        elif self.obj_index is not None:
            slot = self.obj_index.get(key, -1)
        if slot < 0:
            return -1
        return narr + slot + 1

    def next_position(self, pos):
        """The first position >= pos holding a non-nil value, or -1."""
        arr = self.arr
        narr = len(arr)
        while pos < narr:
            if arr[pos] is not w_nil:
                return pos
            pos += 1
        vals = self.hvals
        j = pos - narr
        while j < len(vals):
            if vals[j] is not w_nil:
                return narr + j
            j += 1
        return -1

    def key_at(self, pos):
        narr = len(self.arr)
        if pos < narr:
            return W_Int(pos + 1)
        return self.hkeys[pos - narr]

    def value_at(self, pos):
        narr = len(self.arr)
        if pos < narr:
            return self.arr[pos]
        return self.hvals[pos - narr]

    def hash_size(self):
        return len(self.hkeys) - self.hdead
