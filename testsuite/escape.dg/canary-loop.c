/* A promoted buffer overflowed by a loop with a bound known only at run
   time, without any -fstack-protector option: the stack canary catches
   it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */
/* { dg-shouldfail "stack smashing detected" } */

#include <stdio.h>
#include <stdlib.h>

volatile int sink;
volatile int count = 40;

__attribute__ ((noinline)) void
work (int n)
{
  unsigned char *b = malloc (20); /* { dg-message "'b' \\(20 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  for (int i = 0; i < n; i++)
    b[i] = (unsigned char) (i * 7 + 1);
  sink = b[2];
  free (b);
}

int
main (void)
{
  work (count);
  printf ("not detected\n");
  return 0;
}

/* { dg-output "\\*\\*\\* stack smashing detected \\*\\*\\*" } */
