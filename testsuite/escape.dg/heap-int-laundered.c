/* The address laundered through an integer that is stored: it may be
   turned back into a pointer anywhere.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

uintptr_t saved;

__attribute__ ((noinline)) int
work (int i)
{
  int *p = malloc (16); /* { dg-message "'p' \\(16 bytes, malloc\\) stays on the heap: converted to an integer that may reveal its address \\(only null tests and masks below its alignment are harmless\\) \\(line 19\\)" } */
  if (!p)
    return -1;
  p[1] = i;
  saved = (uintptr_t) p;
  return p[1];
}

int
main (void)
{
  int t = work (7);
  int *p = (int *) saved;
  t += p[1];
  free (p);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=14" } */
/* { dg-final { scan-escape-dump "heap \\(integer\\): 'p'" } } */
