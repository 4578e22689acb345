// What process.cpp's kiln_rt_init calls in exceptions.cpp. Internal to the runtime library.
#pragma once

// Registers the exception state's GC pointers as roots (exceptions.cpp, invariant 4); after
// kiln_gc_init, before anything raises.
void kiln_exc_init();
