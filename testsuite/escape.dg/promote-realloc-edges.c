/* realloc of a promoted object behaves as glibc's: realloc (p, 0)
   returns null (the object is gone); shrinking moves it to a heap
   block of the new size holding its first bytes; a failing realloc
   returns null and leaves the object valid in its slot.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
to_zero (int k)
{
  char *p = malloc (24); /* { dg-message "'p' \\(24 bytes, malloc\\) promoted to the stack; 1 realloc moves it to the heap when the pointer lies in its slot" } */
  if (!p)
    abort ();
  memset (p, k, 24);
  int r = p[k & 7];
  char *q = realloc (p, 0);
  return r + (q == NULL ? 1000 : 2000);
}

__attribute__ ((noinline)) int
shrink (int k)
{
  char *p = malloc (24); /* { dg-message "'p' \\(24 bytes, malloc\\) promoted to the stack; 1 free that may also release another object tests whether the pointer lies in its slot and 1 realloc moves it to the heap when the pointer lies in its slot" } */
  if (!p)
    abort ();
  for (int i = 0; i < 24; i++)
    p[i] = (char) (i + k);
  char *q = realloc (p, 6);
  if (!q)
    abort ();
  int r = 0;
  for (int i = 0; i < 6; i++)
    r = r * 3 + q[i];
  free (q);
  return r;
}

__attribute__ ((noinline)) int
fail (int k, size_t huge)
{
  char *p = malloc (24); /* { dg-message "'p' \\(24 bytes, malloc\\) promoted to the stack; 1 free that may also release another object tests whether the pointer lies in its slot and 1 realloc moves it to the heap when the pointer lies in its slot" } */
  if (!p)
    abort ();
  memset (p, k, 24);
  char *q = realloc (p, huge);
  int r;
  if (q == NULL)
    {
      /* The old object is still there.  */
      r = p[0] + p[23];
      q = p;
    }
  else
    r = -1;
  free (q);
  return r;
}

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("zero=%d\n", to_zero (argc + 4));
  printf ("shrink=%d\n", shrink (argc));
  printf ("fail=%d\n", fail (argc + 6, SIZE_MAX - 4096 + (size_t) argc));
  return 0;
}

/* { dg-output "zero=1005\[\r\n\]+shrink=543\[\r\n\]+fail=14" } */
/* { dg-final { scan-escape-dump-times "range-tested realloc" 3 } } */
