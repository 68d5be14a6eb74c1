using System.Reflection;
using System.Text.RegularExpressions;

namespace InvestPromo.Architecture.Tests;

/// <summary>
/// One layout for every use case: <c>Feature/Commands/DoThing/DoThing.cs</c> (or <c>Queries</c>) holds one command or
/// query with its handler and validator, in the namespace <c>InvestPromo.Application.Feature.Commands.DoThing</c>.
/// </summary>
public sealed partial class UseCaseLayoutTests
{
    /// <summary>Types implementing one of Mediator's command or query contracts (any arity), with their kind.</summary>
    internal static List<(Type Type, string Kind)> Requests(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Select(t => (Type: t, Kind: KindOf(t)))
            .Where(r => r.Kind is not null)
            .Select(r => (r.Type, r.Kind!))];

    private static string? KindOf(Type type)
    {
        var names = type.GetInterfaces()
            .Where(i => i.Namespace == "Mediator" && !i.Name.Contains("Handler", StringComparison.Ordinal))
            .Select(i => i.Name)
            .ToList();
        return names.Any(n => n.StartsWith("ICommand", StringComparison.Ordinal) || n.StartsWith("IStreamCommand", StringComparison.Ordinal)) ? "Command"
            : names.Any(n => n.StartsWith("IQuery", StringComparison.Ordinal) || n.StartsWith("IStreamQuery", StringComparison.Ordinal)) ? "Query"
            : null;
    }

    /// <summary>Requests not in <c>….Commands.X</c> / <c>….Queries.X</c> where X is the type's name without its suffix.</summary>
    internal static List<string> Misplaced(Assembly assembly) =>
        [.. Requests(assembly)
            .Where(r =>
            {
                var folder = r.Kind == "Command" ? "Commands" : "Queries";
                var useCase = r.Type.Name.EndsWith(r.Kind, StringComparison.Ordinal) ? r.Type.Name[..^r.Kind.Length] : r.Type.Name;
                return !(r.Type.Namespace ?? "").EndsWith($".{folder}.{useCase}", StringComparison.Ordinal);
            })
            .Select(r => $"{r.Type.FullName} ({r.Kind})")
            .OrderBy(n => n, StringComparer.Ordinal)];

    [Fact]
    public void Every_command_and_query_lives_in_the_namespace_of_its_use_case()
    {
        var requests = Requests(Layers.Application);
        Assert.Contains(requests, r => r.Type.Name == "ApproveFilingCommand" && r.Kind == "Command");
        Assert.Contains(requests, r => r.Type.Name == "ListObjectionsQuery" && r.Kind == "Query");

        var misplaced = Misplaced(Layers.Application);

        Assert.True(misplaced.Count == 0, "Put each request in Feature/Commands|Queries/<Name>/<Name>.cs: " + string.Join(", ", misplaced));
    }

    [Fact]
    public void Control_a_misplaced_query_would_be_found() =>
        Assert.Contains(typeof(ControlMisplacedQuery).FullName + " (Query)", Misplaced(typeof(UseCaseLayoutTests).Assembly));

    [Fact]
    public void Every_file_under_Commands_or_Queries_holds_one_use_case_named_after_its_folder()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Application");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Where(f => f.Split('/').SkipLast(1).Any(d => d is "Commands" or "Queries"))
            .ToList();
        Assert.Contains("Filings/Commands/ApproveFiling/ApproveFiling.cs", files);

        var broken = files.Select(f => Problem(f, File.ReadAllText(Path.Combine(root, f)))).OfType<string>().ToList();

        Assert.True(broken.Count == 0, "One use case per file, Feature/Commands|Queries/<Name>/<Name>.cs:" + Environment.NewLine + string.Join(Environment.NewLine, broken));
    }

    [Fact]
    public void Control_a_file_with_two_queries_would_be_found() =>
        Assert.NotNull(Problem(
            "Things/Queries/ListThings/ListThings.cs",
            "namespace InvestPromo.Application.Things.Queries.ListThings;\n" +
            "public sealed record ListThingsQuery : IQuery<int>;\npublic sealed record CountThingsQuery : IQuery<int>;\n"));

    /// <summary>What is wrong with a file under Commands/Queries (null when nothing is).</summary>
    internal static string? Problem(string path, string source)
    {
        var parts = path.Split('/');
        var useCase = parts[^2];
        if (parts.Length < 3 || parts[^3] is not ("Commands" or "Queries") || parts[^1] != useCase + ".cs")
        {
            return $"{path}: not at Feature/Commands|Queries/<Name>/<Name>.cs";
        }

        var expectedNamespace = "InvestPromo.Application." + string.Join('.', parts[..^1]);
        var declared = NamespaceDeclaration().Match(source);
        if (!declared.Success || declared.Groups[1].Value != expectedNamespace)
        {
            return $"{path}: namespace should be {expectedNamespace}";
        }

        var requests = RequestDeclaration().Matches(source).Select(m => m.Groups[1].Value).ToList();
        return requests.Count == 1 ? null : $"{path}: declares {requests.Count} commands/queries ({string.Join(", ", requests)}), not one";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InvestPromo.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InvestPromo.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    /// <summary>A record or class whose base list names ICommand/IQuery (any arity; not the handler contracts).</summary>
    [GeneratedRegex(@"\b(?:record|class)\s+(\w+)[^{;]*?:[^{;]*?\bI(?:Stream)?(?:Command|Query)\b(?!Handler)", RegexOptions.Singleline)]
    private static partial Regex RequestDeclaration();
}

/// <summary>Only here to show that the layout rule notices a query outside a <c>Queries.ControlMisplaced</c> namespace.</summary>
internal sealed record ControlMisplacedQuery : Mediator.IQuery<int>;
