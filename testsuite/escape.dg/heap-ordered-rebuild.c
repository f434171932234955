/* An object whose address is ordered against pointers built from
   integers ("p < k ? p : k", a MIN_EXPR, then an equality test) gives
   the address away bit by bit without any conversion to an integer.
   The object is never freed (a legal leak): promoted, two calls would
   see the same address for two live objects.  It stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

__attribute__ ((noinline)) uintptr_t
probe (void)
{
  char *p = malloc (32); /* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: ordered against a pointer that may point to another object" } */
  if (!p)
    abort ();
  p[0] = 1;
  uintptr_t u = 0;
  for (int b = 47; b >= 0; b--)
    {
      char *k = (char *) (u | ((uintptr_t) 1 << b));
      char *m = p < k ? p : k;
      if (m == k)
	u |= (uintptr_t) 1 << b;
    }
  return u;
}

int
main (void)
{
  uintptr_t a = probe (), b = probe ();
  puts (a != b ? "distinct" : "SAME ADDRESS");
  return 0;
}

/* { dg-output "distinct" } */
