/* An address rebuilt bit by bit from comparisons of its integer value:
   only null tests and masks below the alignment are harmless.  (GCC
   itself treats the rebuilt pointer as unrelated to the object, so the
   program's output is not defined: this is a compile-time test.)  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
uintptr_t gaddr;
__attribute__((noinline)) void stash (int k)
{
  char *p = malloc (32);
  memset (p, 'a' + k, 31); p[31] = 0;
  uintptr_t a = (uintptr_t) p, x = 0;
  for (int b = 63; b >= 0; b--)          /* rebuild the address bit by bit */
    if (a >= x + ((uintptr_t) 1 << b))
      x += (uintptr_t) 1 << b;
  gaddr = x;
}
__attribute__((noinline)) void smash (void) { volatile char buf[512]; for (int i = 0; i < 512; i++) buf[i] = 'z'; }
int main (void)
{
  stash (1);
  smash ();
  printf ("%.10s\n", (char *) gaddr);
  return 0;
}

/* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: converted to an integer that may reveal its address" "" { target *-*-* } 13 } */
/* { dg-final { scan-escape-dump "heap \\(integer\\): 'p'" } } */
