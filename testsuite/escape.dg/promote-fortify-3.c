/* Objects passed to the _FORTIFY_SOURCE=3 twins of the string, memory
   and formatting functions are promoted as they are without it: each
   checked function is modelled as its unchecked counterpart (the check
   only reads the object size it is given), and the remarks name the
   line of the program, not of the fortified header.  The program is in
   fortify.h.  */
/* { dg-do run } */
/* { dg-options "-D_FORTIFY_SOURCE=3 -fplugin-arg-escape-dump" } */

#include "fortify.h"

/* { dg-output "56 58 121 299 49" } */
/* { dg-final { scan-escape-dump-times "promoted to the stack" 4 } } */
/* f_read's object stays on the heap for the reason it has without
   _FORTIFY_SOURCE (get reads memory as data), not because __read_chk
   might free it.  */
/* { dg-final { scan-escape-dump-times "stays on the heap" 1 } } */
/* { dg-final { scan-escape-dump "'p' \\(16 bytes, malloc\\) stays on the heap: stored into memory that is then read as data" } } */
