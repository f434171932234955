/* near-stack.h -- for the heap-list-*.c tests: whether an address
   lies in the stack, which tells a test that a node the plugin should
   have kept on the heap was put into the frame.  */

#include <stdint.h>

/* Return 1 if the address B lies within a MiB of this frame.  */

__attribute__ ((noinline)) static int
near_stack (uintptr_t b)
{
  char here;
  uintptr_t h = (uintptr_t) &here;
  return (b > h ? b - h : h - b) < ((uintptr_t) 1 << 20);
}
