/* A promoted buffer overflowed by strcpy, without any -fstack-protector
   option: the function holding the slot gets a stack canary, so the
   overflow aborts with glibc's stack-smashing message instead of
   overwriting the return address (SIGSEGV) or going unnoticed.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */
/* { dg-shouldfail "stack smashing detected" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile src = "0123456789abcdef0123456789abcdef0123456789abcdef";

__attribute__ ((noinline)) void
work (void)
{
  char *b = malloc (16); /* { dg-message "'b' \\(16 bytes, malloc\\) promoted to the stack, with a stack canary" } */
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
/* { dg-final { scan-escape-dump "Canary: work gets a stack canary" } } */
/* { dg-final { scan-assembler-times "call\[ \t\]+__stack_chk_fail" 1 } } */
