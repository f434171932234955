/* -fstack-protector guards only char arrays of 8 bytes or more
   (--param ssp-buffer-size): the plugin still gives the function holding
   a promoted 6-byte buffer a canary, and the overflow aborts.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fstack-protector -Wno-stringop-overflow" } */
/* { dg-shouldfail "stack smashing detected" } */

#include <stdio.h>
#include <stdlib.h>

volatile int sink;
volatile int count = 40;

__attribute__ ((noinline)) void
work (int n)
{
  unsigned char *b = malloc (6); /* { dg-message "'b' \\(6 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  for (int i = 0; i < n; i++)
    b[i] = (unsigned char) (i * 5 + 3);
  sink = b[1];
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
/* { dg-final { scan-escape-dump "Canary: work gets a stack canary" } } */
