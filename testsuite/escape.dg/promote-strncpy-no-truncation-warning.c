/* A promoted buffer, NUL-terminated at its last byte, as the source of
   a bounded strncpy: GCC bounds the length of a string in a local array
   by its size, not one in a heap object, so the promoted slot must not
   bring a new -Wstringop-truncation ("output may be truncated copying
   31 bytes from a string of length 63"; a -Werror build would fail).
   Found by the -Wall -Wextra sweep.  */
/* { dg-do run } */
/* { dg-options "-Wall -Wextra -Werror -fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
checksum (const char *s)
{
  char *buf = malloc (64); /* { dg-message "'buf' \\(64 bytes, malloc\\) promoted to the stack" } */
  char *tmp = malloc (32); /* { dg-message "'tmp' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!buf || !tmp)
    abort ();
  strncpy (buf, s, 63);
  buf[63] = 0;
  strncpy (tmp, buf, 31);
  tmp[31] = 0;
  int sum = 0;
  for (size_t i = 0; tmp[i]; i++)
    sum += (unsigned char) tmp[i];
  free (tmp);
  free (buf);
  return sum;
}

int
main (void)
{
  printf ("%d\n", checksum ("a string longer than thirty-one characters, to be cut"));
  return 0;
}

/* { dg-output "3005" } */
