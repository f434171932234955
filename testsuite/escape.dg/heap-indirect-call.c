/* An object passed to a call through a function pointer: the callee is
   unknown, so it may capture or free it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

static int sum2 (int *p) { return p[0] + p[1]; }
static int diff2 (int *p) { return p[0] - p[1]; }
int (*volatile op) (int *);

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (8); /* { dg-message "'p' \\(8 bytes, malloc\\) stays on the heap: reachable by an indirect call, which may capture or free it \\(line 21\\)" } */
  if (!p)
    return -1;
  p[0] = i;
  p[1] = 2;
  int r = op (p);
  free (p);
  return r;
}

int
main (void)
{
  op = sum2;
  int t = work (5);
  op = diff2;
  t += work (5);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=10" } */
/* { dg-final { scan-escape-dump "heap \\(indirect-call\\): 'p'" } } */
