/* An object passed to a callee that stores it in a global stays on the
   heap, and the remark names the callee, the argument and the line.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

static int *registry;

__attribute__ ((noinline)) void
register_cb (int *p)
{
  registry = p;
}

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (16 * sizeof *p); /* { dg-message "'p' \\(64 bytes, malloc\\) stays on the heap: passed to 'register_cb' \\(argument 1\\), which may capture it \\(line 24\\)" } */
  if (!p)
    return -1;
  p[i & 15] = i;
  register_cb (p);
  return p[i & 15];
}

int
main (void)
{
  int r = work (5);
  r += registry[5];
  free (registry);
  printf ("r=%d\n", r);
  return 0;
}

/* { dg-output "r=10" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'p'" } } */
/* { dg-final { scan-assembler "call\[ \t\]+malloc" } } */
