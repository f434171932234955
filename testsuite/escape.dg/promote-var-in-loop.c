/* A variable-size allocation in a loop of 1,000,000 iterations: the
   guarded slot is fixed, so the stack does not grow (the program limits
   it to 8 MiB).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

__attribute__ ((noinline)) long
work (long n, size_t base)
{
  long s = 0;
  for (long i = 0; i < n; i++)
    {
      size_t len = base + (size_t) (i % 97);
      unsigned *v = malloc (len * sizeof *v); /* { dg-message "'v' \\(variable size, malloc\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call malloc" } */
      if (!v)
	return -1;
      v[0] = (unsigned) i;
      v[len - 1] = (unsigned) len;
      s += v[0] + v[len - 1];
      free (v);
    }
  return s;
}

int
main (int argc, char **argv)
{
  struct rlimit rl = { 8 << 20, 8 << 20 };
  setrlimit (RLIMIT_STACK, &rl);
  printf ("s=%ld\n", work (1000000, (size_t) argc * 150));
  return 0;
}

/* { dg-output "s=500197499055" } */
/* { dg-final { scan-escape-dump "promoted: 'v'" } } */
