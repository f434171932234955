/* Issue 13: a GNU C nested function (noinline) reads the struct holding
   the address through its static chain, converts the pointer to an
   integer and rebuilds it bit by bit into a global.  The nested function
   must count as reading data: two objects that are never freed must
   have different addresses.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct box { char *p; int n; };
uintptr_t g;

__attribute__ ((noinline)) uintptr_t
make (void)
{
  struct box b;
  b.p = malloc (64); /* { dg-message "\\(64 bytes, malloc\\) stays on the heap: stored into memory that is then read as data" } */
  if (!b.p)
    exit (2);
  b.p[0] = 1;
  b.n = 1;
  __attribute__ ((noinline)) void keep_nested (void)
  {
    uintptr_t v = (uintptr_t) b.p, x = 0;
    for (int k = 0; k < 64; k++)
      if (v & ((uintptr_t) 1 << k))
        x |= (uintptr_t) 1 << k;
    g = x;
  }
  keep_nested ();
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
/* { dg-final { scan-escape-dump "heap \\(stored-read-as-data\\)" } } */
