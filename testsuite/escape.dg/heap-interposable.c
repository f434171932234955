/* With -fPIC an exported callee may be replaced at link time: its body
   proves nothing, so the object passed to it stays on the heap.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fPIC -fplugin-arg-escape-remarks" } */

#include <stdlib.h>

__attribute__ ((noinline)) int
reader (const int *p)
{
  return p[0] + p[1];
}

int
work (int i)
{
  int *p = malloc (8); /* { dg-message "'p' \\(8 bytes, malloc\\) stays on the heap: passed to 'reader' \\(argument 1\\), which may capture it" } */
  if (!p)
    return -1;
  p[0] = i;
  p[1] = 2 * i;
  int r = reader (p);
  free (p);
  return r;
}

/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'p'" } } */
