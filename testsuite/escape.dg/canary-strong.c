/* With -fstack-protector-strong the user's canary guards the promoted
   buffer (the plugin adds nothing) and the overflow aborts; the remark
   names the option.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -fstack-protector-strong" } */
/* { dg-shouldfail "stack smashing detected" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile src = "0123456789abcdef0123456789abcdef0123456789abcdef";

__attribute__ ((noinline)) void
work (void)
{
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack, with a stack canary \\(-fstack-protector-strong\\)" } */
  if (!b)
    abort ();
  strcpy (b, src);
  sink = b[3];
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
/* { dg-final { scan-escape-dump-not "Canary:" } } */
