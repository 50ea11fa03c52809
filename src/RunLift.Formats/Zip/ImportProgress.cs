namespace RunLift.Formats.Zip;

/// <summary>
/// How far through an archive (or a list of files) an import is: files done of those known so far (a nested
/// archive's files count once it is opened) and the bytes unpacked.
/// </summary>
/// <param name="EntriesDone">Files read or skipped.</param>
/// <param name="EntriesTotal">Files known: the archive's, with each nested archive replaced by its files once opened.</param>
/// <param name="BytesRead">Bytes unpacked so far.</param>
public readonly record struct ImportProgress(int EntriesDone, int EntriesTotal, long BytesRead);
