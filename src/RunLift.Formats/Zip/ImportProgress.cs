namespace RunLift.Formats.Zip;

/// <summary>
/// How far through a file an import is: for an archive, its files done of those known so far (a nested archive's
/// files count once it is opened) and the bytes unpacked; a single file is one file.
/// </summary>
/// <param name="File">The file (the archive) being read, as named to the reader.</param>
/// <param name="EntriesDone">Files read or skipped.</param>
/// <param name="EntriesTotal">Files known: the archive's, with each nested archive replaced by its files once opened.</param>
/// <param name="BytesRead">Bytes unpacked so far.</param>
public readonly record struct ImportProgress(string File, int EntriesDone, int EntriesTotal, long BytesRead);
