/* Five 1000-byte objects in one function: four (1008 bytes each, with
   alignment) fit the 4096-byte frame budget, the fifth is declined
   because of the budget alone, and the remark says by how much.
   (-fstack-clash-protection: the 4 KiB stack guard, minus the rest of
   the frame, would cap it first.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fstack-clash-protection" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *a = malloc (1000); /* { dg-message "'a' \\(1000 bytes, malloc\\) promoted to the stack" } */
  char *b = malloc (1000); /* { dg-message "'b' \\(1000 bytes, malloc\\) promoted to the stack" } */
  char *c = malloc (1000); /* { dg-message "'c' \\(1000 bytes, malloc\\) promoted to the stack" } */
  char *d = malloc (1000); /* { dg-message "'d' \\(1000 bytes, malloc\\) promoted to the stack" } */
  char *e = malloc (1000); /* { dg-message "'e' \\(1000 bytes, malloc\\) stays on the heap: stack budget exhausted: 1008 bytes needed, 4032 of 4096 bytes already used in this function" } */
  if (!a || !b || !c || !d || !e)
    return -1;
  memset (a, 1, 1000);
  memset (b, 2, 1000);
  memset (c, 3, 1000);
  memset (d, 4, 1000);
  memset (e, 5, 1000);
  int k = (i * 37) % 1000;
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
