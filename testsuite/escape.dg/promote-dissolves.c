/* A small promoted struct dissolves into registers: after the plugin,
   GCC's SRA/FRE/DSE leave neither the allocation nor a stack slot.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fdump-tree-optimized" } */

#include <stdio.h>
#include <stdlib.h>

struct pair { int lo, hi; };

__attribute__ ((noinline)) int
work (int a, int b)
{
  struct pair *s = malloc (sizeof *s); /* { dg-message "'s' \\(8 bytes, malloc\\) promoted to the stack" } */
  if (!s)
    return -1;
  s->lo = a < b ? a : b;
  s->hi = a < b ? b : a;
  if (a == 7)
    s->hi += 100;
  int r = s->hi - s->lo;
  free (s);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 20; i++)
    t += work (i, 10 - i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=340" } */
/* { dg-final { scan-tree-dump-not "malloc|free|escape_s" "optimized" } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
