# test: codegen
# functions: Shape.area Square.area total classify entry_point
# The C++ codegen writes: locals declared up front, one label per block, links as assignments
# and gotos, field accesses through the inlined parent (`super.`), method calls through the
# vtable's function pointer, switches, the exception tests of the exception transform, and
# static traceback entries.


class Shape(object):
    def __init__(self, side):
        self.side = side

    def area(self):
        return 0


class Square(Shape):
    def area(self):
        return self.side * self.side


def total(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t


def classify(n):
    if n == 0:
        return "zero"
    elif n == 1:
        return "one"
    elif n == 2:
        return "two"
    return "many"


def entry_point(argv):
    shapes = [Shape(1), Square(3)]
    print(total(shapes), classify(len(argv)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
# ---- expected (UPDATE_GOLDEN=1 regenerates; do not edit by hand) ----
# // basics.entry_point
# int64_t basics__entry_point(list_str* a0) {
#   list_str* v0; // argv
#   basics__Shape* v4;
#   object* v5;
#   object_vtable* v6;
#   basics__Square* v9;
#   object* v10;
#   object_vtable* v11;
#   basics__Shape* v13;
#   basics__Shape* v15;
#   int64_t v31;
#   int64_t v32;
#   GcArray_basics__Shape* v16;
#   int64_t v19;
#   bool v28;
#   list_str* v25; // argv
#   int64_t v26;
#   int64_t v20;
#   str* v21;
#   str* v22;
#   str* v23;
#   bool v30;
#   v0 = a0;
# b0:
#   v4 = (basics__Shape*)kiln_gc_malloc_atomic((size_t)16LL);
#   v5 = (object*)v4;
#   v6 = (object_vtable*)((basics__Shape_vtable*)&pb_vtable_basics__Shape);
#   v5->typeptr = v6;
#   basics__Shape____init__(v4, 1LL);
#   v9 = (basics__Square*)kiln_gc_malloc_atomic((size_t)16LL);
#   v10 = (object*)v9;
#   v11 = (object_vtable*)((basics__Square_vtable*)&pb_vtable_basics__Square);
#   v10->typeptr = v11;
#   v13 = (basics__Shape*)v9;
#   basics__Shape____init__(v13, 3LL);
#   v15 = (basics__Shape*)v9;
#   v31 = 2LL * 8LL;
#   v32 = v31 + 8LL;
#   v16 = (GcArray_basics__Shape*)kiln_gc_malloc((size_t)v32);
#   v16->length = 2LL;
#   v16->items[0LL] = v4;
#   v16->items[1LL] = v15;
#   v19 = basics__total(v16);
#   v28 = kiln_exc_type != nullptr;
#   if (v28) {
#     goto b4;
#   } else {
#     v25 = v0;
#     v26 = v19;
#     goto b1;
#   }
# b1:
#   v20 = v25->length;
#   v21 = basics__classify(v20);
#   v22 = kiln_str_from_int(v26);
#   v23 = kiln_str_build<str*>(v22, ((str*)&pb_str__11), v21, ((str*)&pb_str__12));
#   kiln_print_str(v23);
#   v30 = kiln_exc_type != nullptr;
#   if (v30) {
#     goto b3;
#   } else {
#     goto b2;
#   }
# b2:
#   return 0LL;
# b3:
#   kiln_tb_add(&tb_basics__entry_point_0);
#   return 0LL;
# b4:
#   kiln_tb_add(&tb_basics__entry_point_1);
#   return 0LL;
# }
# // basics.total
# int64_t basics__total(GcArray_basics__Shape* a0) {
#   GcArray_basics__Shape* v0; // shapes
#   arrayiter_basics__Shape* v4;
#   int64_t v6; // t
#   arrayiter_basics__Shape* v7; // <for.iter>
#   basics__Shape* v8;
#   bool v31;
#   int64_t v9; // t
#   arrayiter_basics__Shape* v10; // <for.iter>
#   basics__Shape* v11;
#   object* v14;
#   object_vtable* v15;
#   basics__Shape_vtable* v16;
#   fn_0 v17;
#   int64_t v18;
#   int64_t v19;
#   int64_t v21; // t
#   object_vtable* v22;
#   object* v23;
#   int64_t v24;
#   bool v25;
#   int64_t v26; // t
#   object_vtable* v27;
#   object* v28;
#   StopIteration* v30;
#   v0 = a0;
# b0:
#   v4 = (arrayiter_basics__Shape*)kiln_gc_malloc((size_t)16LL);
#   v4->list = v0;
#   v6 = 0LL;
#   v7 = v4;
#   goto b1;
# b1:
#   v8 = kiln_listiter_next<basics__Shape*>(v7);
#   v31 = kiln_exc_type != nullptr;
#   if (v31) {
#     v21 = v6;
#     goto b3;
#   } else {
#     v9 = v6;
#     v10 = v7;
#     v11 = v8;
#     goto b2;
#   }
# b2:
#   v14 = (object*)v11;
#   v15 = v14->typeptr;
#   v16 = (basics__Shape_vtable*)v15;
#   v17 = v16->method_area;
#   v18 = v17(v11);
#   v19 = v9 + v18;
#   v6 = v19;
#   v7 = v10;
#   goto b1;
# b3:
#   v22 = (object_vtable*)kiln_exc_type;
#   v23 = (object*)kiln_exc_value;
#   v24 = v22->subclassrange_min;
#   v25 = (5LL <= v24 && v24 < 6LL);
#   if (v25) {
#     v26 = v21;
#     v27 = v22;
#     v28 = v23;
#     goto b5;
#   } else {
#     goto b4;
#   }
# b4:
#   kiln_tb_add(&tb_basics__total_0);
#   return 0LL;
# b5:
#   kiln_exc_clear();
#   v30 = (StopIteration*)v28;
#   return v26;
# }
# // basics.Shape.area
# inline int64_t basics__Shape__area(basics__Shape* a0) {
#   basics__Shape* v0; // self
#   v0 = a0;
# b0:
#   return 0LL;
# }
# // basics.Square.area
# inline int64_t basics__Square__area(basics__Shape* a0) {
#   basics__Shape* v0; // self
#   basics__Square* v4;
#   int64_t v5;
#   int64_t v6;
#   int64_t v7;
#   v0 = a0;
# b0:
#   v4 = (basics__Square*)v0;
#   v5 = v4->super.inst_side;
#   v6 = v4->super.inst_side;
#   v7 = v5 * v6;
#   return v7;
# }
# // basics.classify
# inline str* basics__classify(int64_t a0) {
#   int64_t v0; // n
#   v0 = a0;
# b0:
#   switch (v0) {
#   case 0: {
#     return ((str*)&pb_str_zero);
#   }
#   case 1: {
#     return ((str*)&pb_str_one);
#   }
#   case 2: {
#     return ((str*)&pb_str_two);
#   }
#   default: {
#     return ((str*)&pb_str_many);
#   }
#   }
# }
