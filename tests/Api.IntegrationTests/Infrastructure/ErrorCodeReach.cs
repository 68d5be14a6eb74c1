using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace InvestPromo.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Which error codes an endpoint can reach, read from the compiled code: from the endpoint's handler method, every method
/// of ours it calls (through interfaces to every implementation of ours, into async state machines and lambdas), the
/// handlers of the commands and queries it sends and of the domain events they raise, collecting the string literals that
/// are known error codes. An over-approximation (a literal reached is not always thrown), never an under-one for code
/// reached by calls: a code thrown by a domain method the endpoint reaches is found.
/// </summary>
public sealed class ErrorCodeReach
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Type[] ours;
    private readonly Func<string, bool> isCode;
    private readonly Dictionary<MethodBase, IReadOnlySet<string>> cache = [];

    public ErrorCodeReach(IEnumerable<Assembly> assemblies, Func<string, bool> isCode)
    {
        ours = assemblies.SelectMany(a => a.GetTypes()).ToArray();
        this.isCode = isCode;
    }

    /// <summary>The codes reachable from <paramref name="entry"/>.</summary>
    public IReadOnlySet<string> From(MethodBase entry)
    {
        if (cache.TryGetValue(entry, out var known))
        {
            return known;
        }

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<MethodBase>();
        var queue = new Queue<MethodBase>();
        void Enqueue(MethodBase? method)
        {
            if (method is not null && seen.Add(method))
            {
                queue.Enqueue(method);
            }
        }

        Enqueue(entry);
        foreach (var parameter in entry.GetParameters())
        {
            foreach (var handler in HandlersOf(parameter.ParameterType))
            {
                Enqueue(handler);
            }
        }

        while (queue.TryDequeue(out var method))
        {
            if (!IsOurs(method.DeclaringType))
            {
                continue;
            }

            foreach (var implementation in Implementations(method))
            {
                Enqueue(implementation);
            }

            if (method.GetCustomAttribute<StateMachineAttribute>() is { } machine)
            {
                Enqueue(machine.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public));
            }

            foreach (var (opCode, token) in Instructions(method))
            {
                if (opCode == OpCodes.Ldstr)
                {
                    var literal = method.Module.ResolveString(token);
                    if (isCode(literal))
                    {
                        codes.Add(literal);
                    }

                    continue;
                }

                var callee = Resolve(method, token);
                Enqueue(callee);
                if (opCode == OpCodes.Newobj && callee?.DeclaringType is { } created)
                {
                    foreach (var handler in HandlersOf(created))
                    {
                        Enqueue(handler);
                    }
                }
            }
        }

        cache[entry] = codes;
        return codes;
    }

    private static bool IsOurs(Type? type) => type?.Assembly.GetName().Name?.StartsWith("InvestPromo.", StringComparison.Ordinal) == true;

    private static MethodBase? Resolve(MethodBase method, int token)
    {
        try
        {
            var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
            var methodArguments = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
            return method.Module.ResolveMethod(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null; // a field or type token (ldtoken), not a method
        }
    }

    /// <summary>An interface method or an abstract/virtual one of ours: each implementation in our assemblies.</summary>
    private IEnumerable<MethodBase> Implementations(MethodBase method)
    {
        if (method is not MethodInfo info || method.DeclaringType is not { } declaring || !(method.IsAbstract || method.IsVirtual))
        {
            yield break;
        }

        var definition = declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring;
        foreach (var type in ours.Where(t => t is { IsClass: true, IsAbstract: false } && !t.ContainsGenericParameters))
        {
            if (declaring.IsInterface)
            {
                foreach (var implemented in type.GetInterfaces().Where(i => (i.IsGenericType ? i.GetGenericTypeDefinition() : i) == definition))
                {
                    var map = type.GetInterfaceMap(implemented);
                    for (var i = 0; i < map.InterfaceMethods.Length; i++)
                    {
                        if (map.InterfaceMethods[i].Name == info.Name && map.InterfaceMethods[i].GetParameters().Length == info.GetParameters().Length)
                        {
                            yield return map.TargetMethods[i];
                        }
                    }
                }
            }
            else if (type.IsSubclassOf(declaring))
            {
                foreach (var candidate in type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (candidate.GetBaseDefinition() == info.GetBaseDefinition() && candidate != info)
                    {
                        yield return candidate;
                    }
                }
            }
        }
    }

    /// <summary>The Handle methods of the Mediator handlers of a command, query or notification (domain event) type.</summary>
    private IEnumerable<MethodBase> HandlersOf(Type message)
    {
        if (!IsOurs(message) || !typeof(Mediator.IMessage).IsAssignableFrom(message))
        {
            yield break;
        }

        foreach (var type in ours.Where(t => t is { IsClass: true, IsAbstract: false } && !t.ContainsGenericParameters))
        {
            foreach (var handler in type.GetInterfaces().Where(i => i.IsGenericType && i.Namespace == "Mediator" && i.Name.Contains("Handler", StringComparison.Ordinal)))
            {
                if (handler.GetGenericArguments()[0].IsAssignableFrom(message))
                {
                    var map = type.GetInterfaceMap(handler);
                    foreach (var target in map.TargetMethods)
                    {
                        yield return target;
                    }
                }
            }
        }
    }

    /// <summary>The instructions of a method body that carry a metadata token (strings, methods, fields, types).</summary>
    private static IEnumerable<(OpCode OpCode, int Token)> Instructions(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            if (!OpCodesByValue.TryGetValue(value, out var opCode))
            {
                yield break; // not an instruction boundary we understand: stop rather than misread
            }

            switch (opCode.OperandType)
            {
                case OperandType.InlineString:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                    yield return (opCode, BitConverter.ToInt32(il, position));
                    position += 4;
                    break;
                case OperandType.InlineSwitch:
                    position += 4 + (4 * BitConverter.ToInt32(il, position));
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                default:
                    position += 4;
                    break;
            }
        }
    }
}
