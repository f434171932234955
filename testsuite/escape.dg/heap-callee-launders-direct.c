/* The address is stored into a local struct whose address goes to a
   noinline callee of this unit; the callee loads it back as a pointer
   and converts it to an integer kept in a global.  Two objects that are
   never freed are both alive and must have different addresses.
   (GCC's modref sees this direct conversion as an escape; the callee's
   summary now says it reads data too.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct box { char *p; int n; };
uintptr_t g;

__attribute__ ((noinline)) void
keep (struct box *b)
{
  g = (uintptr_t) b->p;
}

__attribute__ ((noinline)) uintptr_t
make (void)
{
  struct box b;
  b.p = malloc (64); /* { dg-message "'b.p' \\(64 bytes, malloc\\) stays on the heap: stored into memory that (escapes|is then read as data)" } */
  if (!b.p)
    exit (2);
  b.p[0] = 1;
  b.n = 1;
  keep (&b);
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
/* { dg-final { scan-escape-dump "heap \\(stored-(escaping|read-as-data)\\): 'b.p'" } } */
