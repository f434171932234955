/* Functions with the malloc attribute that are no known allocator get
   no remark (the pass could not replace what they return); the dump
   lists them as not promoted yet.  Beside them: GCC itself folds realloc (NULL, n)
   to malloc (n), which is then promoted, strdup is promoted with a
   guard and a constant-size posix_memalign with a fixed slot.  my_alloc
   asks for more than it is given, so it is no wrapper of malloc
   (promote-wrapper-unit.c).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline, malloc)) void *
my_alloc (size_t n)
{
  return malloc (n + 8); /* { dg-message "object \\(variable size, malloc\\) stays on the heap: returned from the function \\(line 18\\)" } */
}

__attribute__ ((noinline)) int
work (const char *s)
{
  char *d = strdup (s); /* { dg-message "'d' \\(variable size, strdup\\) promoted to the stack for sizes up to 1024 bytes; larger ones still call strdup" } */
  void *a;
  if (posix_memalign (&a, 32, 64)) /* { dg-message "object \\(64 bytes, posix_memalign\\) promoted to the stack" } */
    return -1;
  char *r = realloc (NULL, 16); /* { dg-message "'r' \\(16 bytes, malloc\\) promoted to the stack" } */
  char *m = my_alloc (8);
  if (!d || !r || !m)
    return -1;
  memset (a, 1, 64);
  r[0] = 2;
  m[0] = 3;
  int v = d[0] + ((char *) a)[5] + r[0] + m[0];
  free (d);
  free (a);
  free (r);
  free (m);
  return v;
}

int
main (void)
{
  printf ("v=%d\n", work ("A"));
  return 0;
}

/* { dg-output "v=71" } */
/* { dg-final { scan-escape-dump-times "heap \\(not-yet\\): 'm' \\(my_alloc\\)" 1 } } */
