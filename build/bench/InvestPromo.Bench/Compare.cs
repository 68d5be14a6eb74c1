using System.Globalization;
using System.Text;
using System.Text.Json;

namespace InvestPromo.Bench;

/// <summary>One figure found in either run: where it is, which way is better, and its value in each run.</summary>
/// <param name="Path">Readable path, e.g. <c>queue.runs[clients=4].api.perSecond</c>.</param>
/// <param name="HigherIsBetter">True for throughputs, false for latencies, CPU per operation and API ÷ raw times.</param>
/// <param name="InBase">The figure is in the base run (its value may still be JSON null).</param>
/// <param name="Base">The base run's value; null when absent or JSON null.</param>
/// <param name="InCurrent">The figure is in the current run (its value may still be JSON null).</param>
/// <param name="Current">The current run's value; null when absent or JSON null.</param>
internal sealed record ComparedFigure(string Path, bool HigherIsBetter, bool InBase, double? Base, bool InCurrent, double? Current)
{
    /// <summary>Current ÷ base; null when either value is missing, NaN, infinite or zero.</summary>
    public double? Ratio => Base is { } b && Current is { } c && double.IsFinite(b) && double.IsFinite(c) && b != 0 && c != 0 ? c / b : null;

    /// <summary>"worse" or "better" when the change is at least <see cref="Compare.Threshold"/> in that direction, else empty.</summary>
    public string Verdict
    {
        get
        {
            if (Ratio is not { } ratio)
            {
                return string.Empty;
            }

            // Floating point: 120 ÷ 100 is a hair above 1.2; a change of exactly the threshold counts.
            const double Epsilon = 1e-9;
            var up = ratio - 1 >= Compare.Threshold - Epsilon;
            var down = 1 - ratio >= Compare.Threshold - Epsilon;
            return up ? (HigherIsBetter ? "better" : "worse") : down ? (HigherIsBetter ? "worse" : "better") : string.Empty;
        }
    }
}

/// <summary>
/// Issue 16 item 4: each figure of a run next to a saved run's (<c>--compare BASE.json</c> after a run, or standalone
/// <c>compare BASE.json CURRENT.json</c>), as current ÷ base, so a change that costs 20% is visible in review. Generic over
/// results.json: both trees are walked and every numeric leaf whose name is a known figure (<see cref="Figures"/>) is compared,
/// wherever it is; array elements are matched by their identifying properties (<see cref="IdentityProperties"/>), not by index.
/// Informs only: a worse figure never changes the benchmark's exit code.
/// </summary>
internal static class Compare
{
    /// <summary>A change of at least this fraction of the base value in the bad direction is "worse", in the good one "better".</summary>
    public const double Threshold = 0.20;

    /// <summary>
    /// The figures by property name, and whether higher is better. <c>maxMs</c> is left out (one slow call: too noisy), as are
    /// counts, sizes and the seeding's seconds (not measurements of the product).
    /// </summary>
    private static readonly Dictionary<string, bool> Figures = new(StringComparer.Ordinal)
    {
        ["perSecond"] = true,
        ["apiToRawThroughput"] = true,
        ["p50Ms"] = false,
        ["p90Ms"] = false,
        ["p99Ms"] = false,
        ["medianMs"] = false,
        ["processCpuMsPerOp"] = false,
        ["serverCpuMsPerOp"] = false,
        ["clientCpuMsPerOp"] = false,
        ["apiToRawMedian"] = false,
        ["ms"] = false,
        ["elapsedMs"] = false,
        ["processCpuMs"] = false,
        ["serverCpuMs"] = false,
        ["clientCpuMs"] = false,
        ["msInSqlCommands"] = false,
        ["rawInputMs"] = false,
    };

    /// <summary>Properties that identify an array element (a shape, a request, a client count…), in the order they make its key.</summary>
    private static readonly string[] IdentityProperties = ["shape", "request", "read", "what", "label", "name", "week", "clients", "concurrency"];

    /// <summary>Context printed above the table, when present in the files.</summary>
    private static readonly string[] ContextPaths = ["startedAt", "machine.loadAverageAtStart", "machine.loadAverageAtEnd", "totalSeconds"];

    /// <summary>The standalone mode: <c>compare BASE.json CURRENT.json</c>. Prints the table; 0, or 2 when a file cannot be read.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("usage: InvestPromo.Bench compare BASE.json CURRENT.json");
            return 2;
        }

        try
        {
            using var baseRun = JsonDocument.Parse(await File.ReadAllTextAsync(args[0]));
            using var currentRun = JsonDocument.Parse(await File.ReadAllTextAsync(args[1]));
            Console.WriteLine(Markdown(args[0], baseRun.RootElement, args[1], currentRun.RootElement));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            await Console.Error.WriteLineAsync($"error: cannot compare {args[0]} with {args[1]}: {e.Message}");
            return 2;
        }
    }

    /// <summary>
    /// After a run with <c>--compare</c>: the run's results.json against the base (read when the options were parsed, so a base
    /// that is the previous results.json in the same directory still compares), printed and written to compare.md.
    /// </summary>
    public static async Task WriteAfterRunAsync(string basePath, string baseJson, string outputDirectory, CancellationToken ct)
    {
        var resultsPath = Path.Combine(outputDirectory, "results.json");
        try
        {
            using var baseRun = JsonDocument.Parse(baseJson);
            using var currentRun = JsonDocument.Parse(await File.ReadAllTextAsync(resultsPath, ct));
            var sameFile = string.Equals(Path.GetFullPath(basePath), Path.GetFullPath(resultsPath), StringComparison.Ordinal);
            var markdown = Markdown(sameFile ? $"{basePath} (before this run)" : basePath, baseRun.RootElement, resultsPath, currentRun.RootElement);
            await File.WriteAllTextAsync(Path.Combine(outputDirectory, "compare.md"), markdown, ct);
            Console.WriteLine();
            Console.WriteLine(markdown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // The comparison informs review; it never fails the run.
            await Console.Error.WriteLineAsync($"warning: no comparison with {basePath}: {e.Message}");
        }
    }

    /// <summary>Every figure of either run, in the order of the files (base first, then what only the current run has).</summary>
    public static List<ComparedFigure> Collect(JsonElement baseRun, JsonElement currentRun)
    {
        var figures = new List<ComparedFigure>();
        Walk(baseRun, currentRun, string.Empty, null, figures);
        return figures;
    }

    /// <summary>The comparison as markdown: context, the worse figures, every figure in both runs, then those in one only.</summary>
    public static string Markdown(string baseName, JsonElement baseRun, string currentName, JsonElement currentRun)
    {
        var figures = Collect(baseRun, currentRun);
        var both = figures.Where(f => f.InBase && f.InCurrent && (f.Base is not null || f.Current is not null)).ToList();
        var worse = both.Where(f => f.Verdict == "worse").ToList();
        var better = both.Count(f => f.Verdict == "better");
        var percent = Threshold.ToString("0%", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine("## Compared with a saved run").AppendLine();
        text.AppendLine("| | base | current |").AppendLine("|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| file | {Cell(baseName)} | {Cell(currentName)} |");
        foreach (var path in ContextPaths)
        {
            var (b, c) = (At(baseRun, path), At(currentRun, path));
            if (b is not null || c is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {path} | {Cell(b ?? "—")} | {Cell(c ?? "—")} |");
            }
        }

        text.AppendLine();
        var optionChanges = OptionChanges(baseRun, currentRun);
        if (optionChanges.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Options differ (figures may not be comparable): {string.Join("; ", optionChanges)}.").AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{both.Count} figures in both runs: **{worse.Count} worse**, {better} better by {percent} or more (ratio = current ÷ base; \"worse\" is a fall of {percent} in a throughput, a rise of {percent} in a time or CPU per operation). Informative only: the exit code does not depend on it.").AppendLine();
        if (worse.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### Worse by {percent} or more").AppendLine();
            Table(text, worse);
        }

        text.AppendLine("### Every figure").AppendLine();
        Table(text, both);
        var onlyOne = figures.Where(f => (f.InBase != f.InCurrent) && (f.Base is not null || f.Current is not null)).ToList();
        if (onlyOne.Count > 0)
        {
            text.AppendLine("### In one run only").AppendLine();
            text.AppendLine("| figure | only in | value |").AppendLine("|---|---|---:|");
            foreach (var f in onlyOne)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(f.Path)} | {(f.InBase ? "only in base" : "only in current")} | {Value(f.InBase ? f.Base : f.Current)} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, IEnumerable<ComparedFigure> figures)
    {
        text.AppendLine("| figure | better | base | current | ratio | |").AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var f in figures)
        {
            var ratio = f.Ratio is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r:0.000} ({r - 1:+0.0%;-0.0%;0.0%})") : "—";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(f.Path)} | {(f.HigherIsBetter ? "higher" : "lower")} | {Value(f.Base)} | {Value(f.Current)} | {ratio} | {f.Verdict} |");
        }

        text.AppendLine();
    }

    /// <summary>Walks both trees at once: objects by property name, arrays by element identity, figures at the leaves.</summary>
    private static void Walk(JsonElement? baseNode, JsonElement? currentNode, string path, string? name, List<ComparedFigure> figures)
    {
        var baseObject = baseNode?.ValueKind == JsonValueKind.Object ? baseNode : null;
        var currentObject = currentNode?.ValueKind == JsonValueKind.Object ? currentNode : null;
        if (baseObject is not null || currentObject is not null)
        {
            var names = new List<string>();
            foreach (var node in new[] { baseObject, currentObject })
            {
                if (node is { } o)
                {
                    names.AddRange(o.EnumerateObject().Select(p => p.Name).Where(n => !names.Contains(n, StringComparer.Ordinal)).ToList());
                }
            }

            foreach (var property in names)
            {
                Walk(Child(baseObject, property), Child(currentObject, property), path.Length == 0 ? property : $"{path}.{property}", property, figures);
            }

            return;
        }

        var baseArray = baseNode?.ValueKind == JsonValueKind.Array ? baseNode : null;
        var currentArray = currentNode?.ValueKind == JsonValueKind.Array ? currentNode : null;
        if (baseArray is not null || currentArray is not null)
        {
            WalkArray(baseArray, currentArray, path, figures);
            return;
        }

        if (name is not null && Figures.TryGetValue(name, out var higherIsBetter))
        {
            var (inBase, baseValue) = Leaf(baseNode);
            var (inCurrent, currentValue) = Leaf(currentNode);
            if (inBase || inCurrent)
            {
                figures.Add(new ComparedFigure(path, higherIsBetter, inBase, baseValue, inCurrent, currentValue));
            }
        }
    }

    /// <summary>
    /// Pairs the elements by key: their identifying properties (e.g. <c>clients=4</c>, <c>shape="Unit", clients=4</c>), so a
    /// reordered, added or removed element does not shift the others; the position (<c>#1</c>, <c>#2</c>…) for elements without
    /// any, and for elements that carry a date (a publication call's <c>weekStart</c> and label move with the day of the run).
    /// </summary>
    private static void WalkArray(JsonElement? baseArray, JsonElement? currentArray, string path, List<ComparedFigure> figures)
    {
        var baseItems = Keyed(baseArray);
        var currentItems = Keyed(currentArray);
        foreach (var (key, element) in baseItems)
        {
            var match = currentItems.FindIndex(c => c.Key == key);
            Walk(element, match < 0 ? null : currentItems[match].Element, $"{path}[{key}]", null, figures);
        }

        foreach (var (key, element) in currentItems.Where(c => !baseItems.Any(b => b.Key == c.Key)))
        {
            Walk(null, element, $"{path}[{key}]", null, figures);
        }
    }

    /// <summary>Each element with its key, unique within the array: a repeated key gets " #2", " #3"….</summary>
    private static List<(string Key, JsonElement Element)> Keyed(JsonElement? array)
    {
        var items = new List<(string Key, JsonElement Element)>();
        if (array is not { } a)
        {
            return items;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in a.EnumerateArray())
        {
            index++;
            var parts = new List<string>();
            if (element.ValueKind == JsonValueKind.Object && !element.EnumerateObject().Any(p => IsDate(p.Value)))
            {
                foreach (var property in IdentityProperties)
                {
                    if (element.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        var text = value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\"" : value.GetRawText();
                        parts.Add($"{property}={text}");
                    }
                }
            }

            var key = parts.Count == 0 ? string.Create(CultureInfo.InvariantCulture, $"#{index}") : string.Join(", ", parts);
            seen[key] = seen.GetValueOrDefault(key) + 1;
            if (seen[key] > 1)
            {
                key = string.Create(CultureInfo.InvariantCulture, $"{key} #{seen[key]}");
            }

            items.Add((key, element));
        }

        return items;
    }

    /// <summary>A string that starts with a date (yyyy-MM-dd, or a timestamp).</summary>
    private static bool IsDate(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { Length: >= 10 } text
        && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static JsonElement? Child(JsonElement? node, string property) =>
        node is { } o && o.TryGetProperty(property, out var value) ? value : null;

    /// <summary>Whether the node is a figure's value (a number, "NaN"/"Infinity" as written by the bench, or null), and the value.</summary>
    private static (bool Present, double? Value) Leaf(JsonElement? node) => node switch
    {
        { ValueKind: JsonValueKind.Number } n => (true, n.GetDouble()),
        { ValueKind: JsonValueKind.Null } => (true, null),
        { ValueKind: JsonValueKind.String } s when double.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => (true, v),
        _ => (false, null),
    };

    /// <summary>A value at a dotted path of plain properties, as text; null when absent.</summary>
    private static string? At(JsonElement root, string path)
    {
        var node = root;
        foreach (var part in path.Split('.'))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(part, out node))
            {
                return null;
            }
        }

        return node.ValueKind == JsonValueKind.String ? node.GetString() : node.GetRawText();
    }

    /// <summary>The options (top-level <c>options</c> object) whose values differ between the runs, as "name: base → current".</summary>
    private static List<string> OptionChanges(JsonElement baseRun, JsonElement currentRun)
    {
        static Dictionary<string, string> Options(JsonElement run) =>
            run.ValueKind == JsonValueKind.Object && run.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object
                ? options.EnumerateObject().ToDictionary(p => p.Name, p => Shorten(JsonSerializer.Serialize(p.Value)), StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);

        static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

        var b = Options(baseRun);
        var c = Options(currentRun);
        return b.Keys.Union(c.Keys, StringComparer.Ordinal)
            .Where(k => b.GetValueOrDefault(k) != c.GetValueOrDefault(k))
            .Select(k => $"{k}: {b.GetValueOrDefault(k) ?? "—"} → {c.GetValueOrDefault(k) ?? "—"}")
            .ToList();
    }

    private static string Value(double? value) => value switch
    {
        null => "—",
        { } v when double.IsNaN(v) => "NaN",
        { } v when Math.Abs(v) >= 100 => v.ToString("#,0.0", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.###", CultureInfo.InvariantCulture),
    };

    /// <summary>Text safe in a markdown table cell.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
