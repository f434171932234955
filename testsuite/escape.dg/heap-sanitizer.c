/* Under AddressSanitizer the heap object is what the sanitizer checks:
   it stays on the heap.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fsanitize=address -fplugin-arg-escape-remarks" } */

#include <stdlib.h>

int
work (int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: a heap-checking sanitizer is enabled" } */
  if (!p)
    return -1;
  p[i & 3] = i;
  int r = p[i & 3];
  free (p);
  return r;
}

/* { dg-final { scan-escape-dump "heap \\(sanitizer\\): 'p'" } } */
