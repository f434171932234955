/* A promoted buffer overflowed as the destination of sprintf, without
   any -fstack-protector option: the stack canary catches it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -Wno-format-overflow" } */
/* { dg-shouldfail "stack smashing detected" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile name = "a-rather-long-user-name-from-the-network";

__attribute__ ((noinline)) void
work (int id)
{
  char *b = malloc (32); /* { dg-message "'b' \\(32 bytes, malloc\\) promoted to the stack, with a stack canary" } */
  if (!b)
    abort ();
  sprintf (b, "user %s id %d", name, id);
  sink = b[7];
  free (b);
}

int
main (void)
{
  work (42);
  printf ("not detected\n");
  return 0;
}

/* { dg-output "\\*\\*\\* stack smashing detected \\*\\*\\*" } */
