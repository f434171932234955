/* A guarded slot (variable size) must not give new warnings: with
   -Wall -Werror, a valid memset of 4000 bytes into malloc (n) was
   reported as overflowing the 1024-byte slot (-Warray-bounds), and
   "malloc n elements, fill them in a loop, read one" as a read of the
   slot, or (once jump threading split the heap path off at the free's
   test) of the heap block, that may be uninitialized
   (-Wmaybe-uninitialized).  GCC says neither about malloc (n).  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
clear (size_t n)
{
  char *p = malloc (n); /* { dg-message "'p' \\(variable size, malloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call malloc" } */
  if (!p)
    return -1;
  memset (p, 1, 4000);
  int r = p[3999];
  free (p);
  return r;
}

__attribute__ ((noinline)) int
fill (int n, int k)
{
  int *p = malloc (n * sizeof *p); /* { dg-message "'p' \\(variable size, malloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call malloc" } */
  if (!p)
    return -1;
  for (int i = 0; i < n; i++)
    p[i] = i * i;
  int r = p[k];
  free (p);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", clear (4000) + clear (5000) + fill (10, 3) + fill (300, 299));
  return 0;
}

/* { dg-output "r=89412" } */
/* { dg-final { scan-escape-dump-times "promoted: 'p' \\(variable size, malloc\\)" 2 } } */
/* { dg-final { valgrind-run } } */
