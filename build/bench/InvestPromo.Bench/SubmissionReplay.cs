using System.Text.RegularExpressions;
using Npgsql;

namespace InvestPromo.Bench;

/// <summary>
/// The raw anchor of the submissions (issue 16): the SQL one API submission sent, captured whole, replayed straight through
/// Npgsql for other drafts. The captured filing's id becomes the draft's; the ids of the rows the submission inserted become
/// fresh ones; the writes run in one transaction, as the API's did, the reads before and after it outside. "Writes only"
/// replays just the writes: what any design that keeps the same rows (the filing's update, history, audit, feed) must send.
/// The change feed's batch (the counter's increment and the entry's insert, sent by <c>ChangeFeedWriter</c> on the connection
/// itself, which EF Core's diagnostics do not see) is rebuilt from the captured filing's feed row, as that writer sends it.
/// </summary>
internal sealed partial class SubmissionReplay
{
    private readonly List<CapturedCommand> _before;
    private readonly List<CapturedCommand> _writes;
    private readonly List<CapturedCommand> _after;
    private readonly Guid _filingId;
    private readonly HashSet<Guid> _newRowIds;

    private SubmissionReplay(IReadOnlyList<CapturedCommand> commands, Guid filingId, HashSet<Guid> newRowIds, CapturedCommand? feed)
    {
        var first = commands.ToList().FindIndex(IsWrite);
        var last = commands.ToList().FindLastIndex(IsWrite);
        if (first < 0)
        {
            throw new InvalidOperationException("the captured submission wrote nothing");
        }

        _before = commands.Take(first).ToList();
        _writes = commands.Skip(first).Take(last - first + 1).ToList();
        if (feed is not null)
        {
            _writes.Add(feed);
        }

        _after = commands.Skip(last + 1).ToList();
        _filingId = filingId;
        _newRowIds = newRowIds;
    }

    public int CommandCount => _before.Count + _writes.Count + _after.Count;

    /// <summary>The replayed commands in order, one line each (their first 110 characters), marked by where they run.</summary>
    public IEnumerable<string> Describe() =>
        _before.Select(c => "before  " + Head(c)).Concat(_writes.Select(c => "in tx   " + Head(c))).Concat(_after.Select(c => "after   " + Head(c)));

    private static string Head(CapturedCommand c)
    {
        var flat = string.Join(' ', c.Sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length > 110 ? flat[..110] + "…" : flat;
    }

    public int WriteCount => _writes.Count;

    /// <summary>Reads which of the captured Guid parameters are the primary keys of rows the submission inserted.</summary>
    public static async Task<SubmissionReplay> CreateAsync(NpgsqlDataSource data, IReadOnlyList<CapturedCommand> commands, Guid filingId, CancellationToken ct)
    {
        var guids = commands.Where(IsWrite).SelectMany(c => c.Parameters).Select(p => p.Value).OfType<Guid>().Where(g => g != filingId).Distinct().ToArray();
        var tables = commands.Where(IsWrite).SelectMany(c => InsertWithId().Matches(c.Sql)).Select(m => m.Groups[1].Value).Distinct().ToList();
        var newRowIds = new HashSet<Guid>();
        await using var connection = await data.OpenConnectionAsync(ct);
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"""SELECT "Id" FROM "{table}" WHERE "Id" = ANY(@ids)""", connection);
            command.Parameters.AddWithValue("ids", guids);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                newRowIds.Add(reader.GetGuid(0));
            }
        }

        return new SubmissionReplay(commands, filingId, newRowIds, await FeedBatchAsync(connection, filingId, ct));
    }

    /// <summary>The feed batch of the captured submission (its newest feed row's values), as ChangeFeedWriter sends it for one entry.</summary>
    private static async Task<CapturedCommand?> FeedBatchAsync(NpgsqlConnection connection, Guid filingId, CancellationToken ct)
    {
        await using var read = new NpgsqlCommand(
            """SELECT "Resource", "Kind", "Version", "ChangedAt", "UnitId", "UnitOnly", "Status" FROM "ChangeFeedEntries" WHERE "EntityId" = @id ORDER BY "Sequence" DESC LIMIT 1""",
            connection);
        read.Parameters.AddWithValue("id", filingId);
        await using var reader = await read.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        List<NpgsqlParameter> parameters =
        [
            new("n", 1L),
            new("p0_1", values[0]), new("p0_2", filingId), new("p0_3", values[1]), new("p0_4", values[2]), new("p0_5", values[3]),
            new("p0_6", values[4]), new("p0_7", values[5]), new("p0_8", values[6]),
        ];
        const string Sql = """
            UPDATE "ChangeFeedCounters" SET "Value" = "Value" + @n WHERE "Id" = 1 RETURNING "Value";
            INSERT INTO "ChangeFeedEntries" ("Sequence", "Resource", "EntityId", "Kind", "Version", "ChangedAt", "UnitId", "UnitOnly", "Status") SELECT c."Value" - @n + 1, @p0_1, @p0_2, @p0_3, @p0_4, @p0_5, @p0_6, @p0_7, @p0_8 FROM "ChangeFeedCounters" c WHERE c."Id" = 1
            """;
        return new CapturedCommand(Sql, parameters);
    }

    /// <summary>Submits <paramref name="draftId"/> with the captured SQL; only the writes when <paramref name="writesOnly"/>.</summary>
    public async Task SubmitAsync(NpgsqlDataSource data, Guid draftId, bool writesOnly, CancellationToken ct)
    {
        var fresh = _newRowIds.ToDictionary(id => id, _ => Guid.NewGuid());
        await using var connection = await data.OpenConnectionAsync(ct);
        if (!writesOnly)
        {
            await RunAsync(connection, null, _before, draftId, fresh, ct);
        }

        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            await RunAsync(connection, transaction, _writes.Where(c => !writesOnly || IsWrite(c)), draftId, fresh, ct);
            await transaction.CommitAsync(ct);
        }

        if (!writesOnly)
        {
            await RunAsync(connection, null, _after, draftId, fresh, ct);
        }
    }

    private async Task RunAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<CapturedCommand> commands, Guid draftId, Dictionary<Guid, Guid> fresh, CancellationToken ct)
    {
        var filingText = _filingId.ToString();
        foreach (var captured in commands)
        {
            await using var command = captured.Create(connection);
            command.Transaction = transaction;
            foreach (NpgsqlParameter p in command.Parameters)
            {
                p.Value = p.Value switch
                {
                    Guid g when g == _filingId => draftId,
                    Guid g when fresh.TryGetValue(g, out var replaced) => replaced,
                    string s when string.Equals(s, filingText, StringComparison.OrdinalIgnoreCase) => draftId.ToString(),
                    var other => other,
                };
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            do
            {
                while (await reader.ReadAsync(ct))
                {
                }
            }
            while (await reader.NextResultAsync(ct));
        }
    }

    private static bool IsWrite(CapturedCommand command) => !command.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""INSERT INTO "(\w+)" \("Id",""")]
    private static partial Regex InsertWithId();
}
