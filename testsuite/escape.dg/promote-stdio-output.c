/* The stdio output functions read the bytes they are given and keep no
   pointer to them (the C library model, escape-libc.def LIBC_STDIO):
   a buffer printed with %s, snprintf'd with %s, or written by puts,
   fputs and fwrite is promoted.  A '*' width takes an argument of its
   own, so the %s after it still names the right argument.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct req
{
  char name[12];
  int id;
};

__attribute__ ((noinline)) int
work (int i)
{
  struct req *r = malloc (sizeof *r); /* { dg-message "'r' \\(16 bytes, malloc\\) promoted to the stack" } */
  char *line = malloc (32); /* { dg-message "'line' \\(32 bytes, malloc\\) promoted to the stack" } */
  char *word = malloc (8); /* { dg-message "'word' \\(8 bytes, malloc\\) promoted to the stack" } */
  char *tail = malloc (8); /* { dg-message "'tail' \\(8 bytes, malloc\\) promoted to the stack" } */
  if (!r || !line || !word || !tail)
    return -1;
  strcpy (r->name, "req");
  r->id = i;
  printf ("%s %d\n", r->name, r->id);
  int n = snprintf (line, 32, "<%s:%d>", r->name, i);
  puts (line);
  strcpy (word, "abc\n");
  fputs (word, stdout);
  fwrite (word, 1, 3, stdout);
  strcpy (tail, "end");
  printf (":%*d,%-5s,%%,%s;\n", 4, i, tail, r->name);
  free (tail);
  free (word);
  free (line);
  free (r);
  return n;
}

int
main (void)
{
  return work (7) == 7 ? 0 : 1;
}

/* { dg-output "req 7\[\r\n\]+<req:7>\[\r\n\]+abc\[\r\n\]+abc:   7,end  ,%,req;" } */
/* { dg-final { scan-escape-dump-times "promoted: " 4 } } */
