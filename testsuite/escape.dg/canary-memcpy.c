/* A promoted buffer overflowed by memcpy of a variable length, without
   any -fstack-protector option: the stack canary catches it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */
/* { dg-shouldfail "stack smashing detected" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;
volatile size_t len = 48;
char data[64] = "0123456789abcdef0123456789abcdef0123456789abcdef";

__attribute__ ((noinline)) void
work (void)
{
  char *b = malloc (24); /* { dg-message "'b' \\(24 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  memcpy (b, data, len);
  sink = b[5];
  free (b);
}

int
main (void)
{
  work ();
  printf ("not detected\n");
  return 0;
}

/* { dg-output "\\*\\*\\* stack smashing detected \\*\\*\\*" } */
