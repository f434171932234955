/* An unbounded size gets a guarded slot: sizes up to max-guarded-size
   (1024 bytes) use the stack, larger ones still call malloc, and only
   those are freed.  valgrind checks that no stack address is freed and
   nothing leaks.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) long
work (size_t n)
{
  long *v = malloc (n * sizeof *v); /* { dg-message "'v' \\(variable size, malloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call malloc" } */
  if (!v)
    return -1;
  for (size_t k = 0; k < n; k++)
    v[k] = (long) (k * k);
  long r = v[n - 1] - v[n / 2];
  free (v);
  return r;
}

int
main (int argc, char **argv)
{
  long t = 0;
  size_t sizes[] = { 1, 10, 127, 128, 129, 1000, 100000 };
  for (int i = 0; i < 7; i++)
    t += work (sizes[i] + (size_t) (argc - 1));
  printf ("t=%ld\n", t);
  return 0;
}

/* { dg-output "t=7500584286" } */
/* { dg-final { scan-escape-dump "slot: escape_v\[.0-9\]* \\(1024 bytes, aligned to 16, guarded\\)" } } */
/* { dg-final { valgrind-run } } */
