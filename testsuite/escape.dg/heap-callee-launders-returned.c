/* Issue 13: as heap-callee-launders-bits.c, but the callee returns the
   rebuilt address to its caller, which keeps it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct box { char *p; int n; };
uintptr_t g;

__attribute__ ((noinline)) uintptr_t
rebuild (struct box *b)
{
  uintptr_t v = (uintptr_t) b->p, x = 0;
  for (int k = 0; k < 64; k++)
    if (v & ((uintptr_t) 1 << k))
      x |= (uintptr_t) 1 << k;
  return x;
}

__attribute__ ((noinline)) uintptr_t
make (void)
{
  struct box b;
  b.p = malloc (64); /* { dg-message "'b.p' \\(64 bytes, malloc\\) stays on the heap: stored into memory that is then read as data" } */
  if (!b.p)
    exit (2);
  b.p[0] = 1;
  b.n = 1;
  g = rebuild (&b);
  return g;
}

int
main (void)
{
  uintptr_t a = make ();
  uintptr_t b = make ();
  printf ("distinct: %d\n", a != b);
  return a == b;
}

/* { dg-output "distinct: 1" } */
/* { dg-final { scan-escape-dump "heap \\(stored-read-as-data\\): 'b.p'" } } */
