/* With -D_FORTIFY_SOURCE=3 the object size may be dynamic: a buffer of
   a size known only at run time is promoted to a 1024-byte guarded slot,
   yet __memcpy_chk still checks against the size that was asked for
   (16 bytes), so the overflow is caught.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -D_FORTIFY_SOURCE=3" } */
/* { dg-shouldfail "buffer overflow detected" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;
const char *volatile src = "0123456789abcdef0123456789abcdef0123456789abcdef";
volatile size_t len = 40;
volatile size_t size = 16;

__attribute__ ((noinline)) void
work (size_t n)
{
  char *b = malloc (n); /* { dg-message "'b' \\(variable size, malloc\\) promoted to the stack for sizes up to 1024 bytes" } */
  if (!b)
    abort ();
  memcpy (b, src, len);
  sink = b[3];
  free (b);
}

int
main (void)
{
  work (size);
  printf ("not detected\n");
  return 0;
}

/* { dg-output "\\*\\*\\* buffer overflow detected \\*\\*\\*" } */
/* { dg-final { scan-assembler "call\[ \t\]+__memcpy_chk" } } */
