/* A function that calls qsort with a comparator that does not call back
   is not recursive: its object is promoted.  (qsort may call back any
   address-taken function of the unit, here only cmp, which calls
   nothing.)  The object itself is only copied into the array qsort
   sorts: qsort and its comparator get pointers into what they sort and
   could keep them.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
cmp (const void *a, const void *b)
{
  return *(const int *) a - *(const int *) b;
}

__attribute__ ((noinline)) long
median_of (const int *in, int n)
{
  int *v = malloc (16 * sizeof *v); /* { dg-message "'v' \\(64 bytes, malloc\\) promoted to the stack" } */
  static int w[16];
  long r;
  int i;

  if (!v)
    abort ();
  for (i = 0; i < 16; i++)
    v[i] = in[(i * 7) % n];
  memcpy (w, v, sizeof w);
  qsort (w, 16, sizeof *w, cmp);
  r = w[7] + w[8] + v[0];
  free (v);
  return r;
}

int
main (void)
{
  int in[5] = { 9, 3, 7, 1, 5 };
  long s = 0;
  int k;

  for (k = 1; k <= 5; k++)
    s += median_of (in, k) * k;
  printf ("s=%ld\n", s);
  return 0;
}

/* { dg-output "s=309" } */
/* { dg-final { scan-escape-dump "promoted: 'v'" } } */
