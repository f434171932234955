/* The same through a noinline callee of the unit: G loads the stored
   pointer and orders it against pointers built from integers (a
   MIN_EXPR after phiopt) to rebuild the address.  A pointer a callee
   loads and orders against another counts as read as data.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct S
{
  char *q;
};

static uintptr_t addr[2];

__attribute__ ((noinline)) void
g (struct S *s, int i)
{
  uintptr_t u = 0;
  for (int b = 47; b >= 0; b--)
    {
      char *k = (char *) (u | ((uintptr_t) 1 << b));
      char *q = s->q;
      char *m = q < k ? q : k;
      if (m == k)
	u |= (uintptr_t) 1 << b;
    }
  addr[i] = u;
}

__attribute__ ((noinline)) void
probe (int i)
{
  struct S s;
  s.q = malloc (32); /* { dg-message "stays on the heap: stored into memory that is then read as data" } */
  if (!s.q)
    abort ();
  s.q[0] = (char) i;
  g (&s, i);
}

int
main (void)
{
  probe (0);
  probe (1);
  puts (addr[0] != addr[1] ? "distinct" : "SAME ADDRESS");
  return 0;
}

/* { dg-output "distinct" } */
