/* The pointer is stored in a local struct and a callee frees it from
   there: the call reaches the object through memory.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct box { int *data; };

__attribute__ ((noinline)) void
box_release (struct box *b)
{
  free (b->data);
  b->data = 0;
}

__attribute__ ((noinline)) int
work (int i)
{
  struct box b;
  int *p = malloc (8 * sizeof *p); /* { dg-message "'p' \\(32 bytes, malloc\\) stays on the heap: reachable by 'box_release' through memory, and 'box_release' may free it \\(line 28\\)" } */
  if (!p)
    return -1;
  b.data = p;
  p[i & 7] = i;
  int r = p[i & 7];
  box_release (&b);
  return r + (b.data == 0);
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 10; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=55" } */
/* { dg-final { scan-escape-dump "heap \\(call-reach-free\\): 'p'" } } */
