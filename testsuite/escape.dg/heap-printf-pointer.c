/* printf's %p turns the address into text that could be parsed back:
   an object passed to a %p conversion stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: passed to 'printf' \\(argument 2\\), which may capture it \\(line 16\\)" } */
  if (!p)
    return -1;
  p[0] = i;
  printf ("at %p\n", (void *) p);
  int r = p[0];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (8));
  return 0;
}

/* { dg-output "at 0x\[0-9a-f\]+\[\r\n\]+r=8" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'p'" } } */
