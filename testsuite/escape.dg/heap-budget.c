/* Five 4000-byte objects in one function: four fit the 16384-byte frame
   budget, the fifth is declined because of the budget alone, and the
   remark says by how much.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *a = malloc (4000); /* { dg-message "'a' \\(4000 bytes, malloc\\) promoted to the stack" } */
  char *b = malloc (4000); /* { dg-message "'b' \\(4000 bytes, malloc\\) promoted to the stack" } */
  char *c = malloc (4000); /* { dg-message "'c' \\(4000 bytes, malloc\\) promoted to the stack" } */
  char *d = malloc (4000); /* { dg-message "'d' \\(4000 bytes, malloc\\) promoted to the stack" } */
  char *e = malloc (4000); /* { dg-message "'e' \\(4000 bytes, malloc\\) stays on the heap: stack budget exhausted: 4000 bytes needed, 16000 of 16384 bytes already used in this function" } */
  if (!a || !b || !c || !d || !e)
    return -1;
  memset (a, 1, 4000);
  memset (b, 2, 4000);
  memset (c, 3, 4000);
  memset (d, 4, 4000);
  memset (e, 5, 4000);
  int k = (i * 37) % 4000;
  int r = a[k] + b[k] + c[k] + d[k] + e[k];
  free (a);
  free (b);
  free (c);
  free (d);
  free (e);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (3) + work (99));
  return 0;
}

/* { dg-output "r=30" } */
/* { dg-final { scan-escape-dump "heap \\(budget\\): 'e'" } } */
