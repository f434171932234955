/* A struct allocated, filled, read by a noinline reader and freed in the
   same function is promoted, and its free disappears.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct point { int x, y, z[6]; };

__attribute__ ((noinline)) int
sum (const struct point *p, int i)
{
  return p->x + p->y + p->z[i % 6];
}

__attribute__ ((noinline)) int
work (int i)
{
  struct point *p = malloc (sizeof *p); /* { dg-message "'p' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!p)
    return -1;
  p->x = i;
  p->y = 2 * i;
  for (int k = 0; k < 6; k++)
    p->z[k] = k * i;
  int r = sum (p, i);
  free (p);
  return r;
}

int
main (void)
{
  int total = 0;
  for (int i = 0; i < 100; i++)
    total += work (i);
  printf ("total=%d\n", total);
  return 0;
}

/* { dg-output "total=27120" } */
/* { dg-final { scan-escape-dump "promoted: 'p' \\(32 bytes, malloc\\)" } } */
/* { dg-final { scan-escape-dump-not "heap \\(" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
