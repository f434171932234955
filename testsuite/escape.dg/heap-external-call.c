/* An object handed to a library function that keeps it: setvbuf makes
   stdio use the buffer until exit.  Nothing proves an unknown external
   function does not capture, so it stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
setup (void)
{
  char *buf = malloc (256); /* { dg-message "'buf' \\(256 bytes, malloc\\) stays on the heap: passed to 'setvbuf' \\(argument 2\\), which may capture it \\(line 16\\)" } */
  if (!buf)
    return -1;
  return setvbuf (stdout, buf, _IOFBF, 256);
}

int
main (void)
{
  if (setup ())
    return 1;
  printf ("buffered\n");
  return 0;
}

/* { dg-output "buffered" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'buf'" } } */
